namespace Redev.Web;

/// <summary>
/// Marker for the cycle dashboard's strings in <c>Resources/CycleResource.resx</c> (English) and
/// <c>Resources/CycleResource.zh-HK.resx</c> (Traditional Chinese), kept apart from the shared strings
/// so the dashboard's wording can change without touching the other pages' resources.
/// </summary>
#pragma warning disable CA1052 // The localizer needs a type to name the resource, not an instance.
public sealed class CycleResource;
#pragma warning restore CA1052
