namespace Redev.Risk;

/// <summary>One regime's monthly log-return: drift and volatility of ln(index) per month.</summary>
public readonly record struct RegimeReturn(double MonthlyDrift, double MonthlyVolatility);
