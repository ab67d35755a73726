namespace Redev.Cycle;

public enum TurningPointType
{
    Peak,
    Trough,
}
