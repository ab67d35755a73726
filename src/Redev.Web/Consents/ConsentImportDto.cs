using Redev.Web.Schemes;

namespace Redev.Web.Consents;

/// <summary>What a file of signed forms recorded.</summary>
/// <param name="Given">Consents recorded.</param>
/// <param name="Withdrawn">Consents withdrawn.</param>
/// <param name="Scheme">The scheme as saved, with its consents and their evidence.</param>
public sealed record ConsentImportDto(int Given, int Withdrawn, SchemeDto Scheme);
