namespace Redev.App.Markets;

/// <summary>A series file as uploaded: its name (as the market file refers to it) and its text.</summary>
public sealed record UploadedFile(string Name, string Text);
