namespace Redev.Web.Completion;

/// <summary>The new building's register as imported: the file's name and SHA-256, how many flats and their value in all.</summary>
public sealed record NewBuildingDto(string File, string Sha256, int Flats, long ValueCents);
