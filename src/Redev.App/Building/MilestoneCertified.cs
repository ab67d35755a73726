using Redev.Building;

namespace Redev.App.Building;

/// <summary>The certification written (or found, when the same certification was asked again).</summary>
public sealed record MilestoneCertified(Certification Certification, bool Replayed, bool Late);
