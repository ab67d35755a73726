namespace Redev.Building;

/// <summary>A valuation the certifier adopted, with the NAV it set on the day it was adopted (a point of the NAV history).</summary>
public sealed record AdoptedValuation(DateOnly ValuedOn, NetAssetValue Nav, DateTimeOffset AdoptedAt, string AdoptedBy);
