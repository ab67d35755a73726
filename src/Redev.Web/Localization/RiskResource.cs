namespace Redev.Web;

/// <summary>
/// Marker for the risk summary's strings in <c>Resources/RiskResource.resx</c> (English) and
/// <c>Resources/RiskResource.zh-HK.resx</c> (Traditional Chinese), kept apart from the shared strings
/// so that the risk pages can change without touching every other page's translations.
/// </summary>
#pragma warning disable CA1052 // The localizer needs a type to name the resource, not an instance.
public sealed class RiskResource;
#pragma warning restore CA1052
