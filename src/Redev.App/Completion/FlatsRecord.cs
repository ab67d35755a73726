namespace Redev.App.Completion;

/// <summary>The new building's register as imported: the file's name, its SHA-256 and every flat.</summary>
public sealed record FlatsRecord(string File, string Sha256, FlatRecord[] Flats);
