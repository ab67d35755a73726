namespace Redev.Web;

/// <summary>
/// Marker for the shared strings in <c>Resources/SharedResource.resx</c> (English) and
/// <c>Resources/SharedResource.zh-HK.resx</c> (Traditional Chinese). Keys are short names, so a
/// change of English wording never orphans its translation.
/// </summary>
#pragma warning disable CA1052 // The localizer needs a type to name the resource, not an instance.
public sealed class SharedResource;
#pragma warning restore CA1052
