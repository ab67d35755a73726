using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Redev.Risk;

/// <summary>
/// The two transcendental functions Box-Muller needs, on sixteen single-precision lanes, for the
/// only inputs it gives them: ln(u) for u in [2^-23, 1] and sin-cos of 2πu for u in [0, 1). Knowing
/// the range lets them skip the special cases (NaN, infinities, denormals, huge angles) that the
/// general library versions must handle, and being our own code their results cannot change
/// with the runtime. Errors are below single precision's (about 1e-7 relative), checked in tests.
/// </summary>
internal static class FastMath
{
    /// <summary>ln(u): u = m·2^e with m in [√½, √2); ln m = 2·atanh(s), s = (m-1)/(m+1), |s| ≤ 0.172, series to s^9.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> LogUnit(Vector512<float> u)
    {
        var bits = u.AsInt32();
        var exponent = Vector512.ShiftRightLogical(bits, 23) - Vector512.Create(127);
        var mantissa = ((bits & Vector512.Create(0x007FFFFF)) | Vector512.Create(0x3F800000)).AsSingle();
        var big = Vector512.GreaterThan(mantissa, Vector512.Create(1.41421356f));
        mantissa = Vector512.ConditionalSelect(big, mantissa * Vector512.Create(0.5f), mantissa);
        exponent -= big.AsInt32(); // a true mask is -1
        var s = (mantissa - Vector512<float>.One) / (mantissa + Vector512<float>.One);
        var s2 = s * s;
        var series = Vector512.FusedMultiplyAdd(s2, Vector512.Create(1f / 9), Vector512.Create(1f / 7));
        series = Vector512.FusedMultiplyAdd(s2, series, Vector512.Create(1f / 5));
        series = Vector512.FusedMultiplyAdd(s2, series, Vector512.Create(1f / 3));
        series = Vector512.FusedMultiplyAdd(s2, series, Vector512<float>.One);
        var lnMantissa = Vector512.Create(2f) * s * series;
        return Vector512.FusedMultiplyAdd(Vector512.ConvertToSingle(exponent), Vector512.Create(0.693147181f), lnMantissa);
    }

    /// <summary>sin and cos of 2πu: the nearest quarter turn q, then Taylor series on r in [-π/4, π/4] to r^9 and r^10.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector512<float> Sin, Vector512<float> Cos) SinCosTurn(Vector512<float> u)
    {
        var quarters = u * Vector512.Create(4f);
        var q = Vector512.Floor(quarters + Vector512.Create(0.5f));
        var r = (quarters - q) * Vector512.Create(MathF.PI / 2);
        var r2 = r * r;
        var sin = Vector512.FusedMultiplyAdd(r2, Vector512.Create(1f / 362880), Vector512.Create(-1f / 5040));
        sin = Vector512.FusedMultiplyAdd(r2, sin, Vector512.Create(1f / 120));
        sin = Vector512.FusedMultiplyAdd(r2, sin, Vector512.Create(-1f / 6));
        sin = Vector512.FusedMultiplyAdd(r2, sin, Vector512<float>.One) * r;
        var cos = Vector512.FusedMultiplyAdd(r2, Vector512.Create(-1f / 3628800), Vector512.Create(1f / 40320));
        cos = Vector512.FusedMultiplyAdd(r2, cos, Vector512.Create(-1f / 720));
        cos = Vector512.FusedMultiplyAdd(r2, cos, Vector512.Create(1f / 24));
        cos = Vector512.FusedMultiplyAdd(r2, cos, Vector512.Create(-0.5f));
        cos = Vector512.FusedMultiplyAdd(r2, cos, Vector512<float>.One);
        var quadrant = Vector512.ConvertToInt32(q) & Vector512.Create(3);
        var swap = Vector512.Equals(quadrant & Vector512<int>.One, Vector512<int>.One).AsSingle();
        var sinNegative = Vector512.Equals(quadrant & Vector512.Create(2), Vector512.Create(2)).AsSingle();
        var cosNegative = Vector512.Equals((quadrant + Vector512<int>.One) & Vector512.Create(2), Vector512.Create(2)).AsSingle();
        var signBit = Vector512.Create(-0f);
        var sinOut = Vector512.ConditionalSelect(swap, cos, sin) ^ (sinNegative & signBit);
        var cosOut = Vector512.ConditionalSelect(swap, sin, cos) ^ (cosNegative & signBit);
        return (sinOut, cosOut);
    }
}
