namespace Redev.Registers;

/// <summary>What a unit of the building is used for, as the register's <c>use</c> column says.</summary>
/// <remarks><see cref="Common"/> marks shares allotted only to common parts: they have no owner and
/// count on neither side of a consent count.</remarks>
public enum FlatUse
{
    Residential,
    Shop,
    Office,
    Industrial,
    Carpark,
    Other,
    Common,
}
