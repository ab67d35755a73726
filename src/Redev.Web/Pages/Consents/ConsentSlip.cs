namespace Redev.Web.Pages.Consents;

/// <summary>A printable acknowledgement of a consent given or withdrawn; <paramref name="Reference"/> is recomputable from the other fields (docs/consent.md).</summary>
/// <param name="Action"><c>give</c> or <c>withdraw</c>.</param>
/// <param name="Time">UTC, whole seconds, as hashed.</param>
public sealed record ConsentSlip(string Scheme, string SchemeName, string Owner, string Action, string Time, string Reference);
