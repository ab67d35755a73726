using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Redev.Risk;

/// <summary>
/// Eight independent xoshiro256+ generators in the lanes of 512-bit vectors, one step of all eight
/// per call. Each (seed, block, lane) gets its own stream through SplitMix64, so a block's draws
/// depend only on the seed and the block's index: never on which thread runs it or when.
/// </summary>
/// <remarks>
/// xoshiro256+ (Blackman and Vigna) is the variant its authors recommend for floating point: only
/// the top 52 bits are used here, where its weak low bits do not reach.
/// </remarks>
internal struct VectorRng
{
    public const int Lanes = 8;

    private Vector512<ulong> _s0, _s1, _s2, _s3;

    public VectorRng(ulong seed, long block)
    {
        Span<ulong> s = stackalloc ulong[4 * Lanes];
        for (var lane = 0; lane < Lanes; lane++)
        {
            var state = unchecked(seed ^ SplitMix64((ulong)(block * Lanes + lane) + 0x632BE59BD9B4E019UL));
            for (var k = 0; k < 4; k++)
            {
                state = unchecked(state + 0x9E3779B97F4A7C15UL);
                s[k * Lanes + lane] = SplitMix64(state);
            }
            if (s[lane] == 0 && s[Lanes + lane] == 0 && s[2 * Lanes + lane] == 0 && s[3 * Lanes + lane] == 0)
            {
                s[lane] = 1; // the all-zero state is xoshiro's one fixed point
            }
        }
        _s0 = Vector512.Create<ulong>(s[..Lanes]);
        _s1 = Vector512.Create<ulong>(s[Lanes..(2 * Lanes)]);
        _s2 = Vector512.Create<ulong>(s[(2 * Lanes)..(3 * Lanes)]);
        _s3 = Vector512.Create<ulong>(s[(3 * Lanes)..]);
    }

    /// <summary>The SplitMix64 finaliser: a bijective mix, so distinct inputs give distinct seeds.</summary>
    public static ulong SplitMix64(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<ulong> Next()
    {
        var result = _s0 + _s3;
        var t = Vector512.ShiftLeft(_s1, 17);
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = Vector512.ShiftLeft(_s3, 45) | Vector512.ShiftRightLogical(_s3, 19);
        return result;
    }

    /// <summary>A double in [1, 2) from the top 52 bits: the exponent trick, no integer-to-float conversion.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<double> NextOneToTwo() =>
        (Vector512.ShiftRightLogical(Next(), 12) | Vector512.Create(0x3FF0000000000000UL)).AsDouble();

    /// <summary>Uniform on [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<double> NextUniform() => NextOneToTwo() - Vector512<double>.One;

    /// <summary>
    /// Thirty-two standard normals, four vectors of eight, written to <paramref name="into"/>: Box-Muller in single
    /// precision on sixteen lanes (each 64-bit draw gives two 32-bit uniforms) with <see cref="FastMath"/>, widened
    /// to double. Single precision halves the cost per normal; the 23-bit uniforms cut the tails
    /// at |z| = 5.6, beyond which lies 2e-8 of the normal's mass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NextNormals32(Span<double> into)
    {
        var bits1 = Vector512.ShiftRightLogical(Next().AsUInt32(), 9) | Vector512.Create(0x3F800000u);
        var bits2 = Vector512.ShiftRightLogical(Next().AsUInt32(), 9) | Vector512.Create(0x3F800000u);
        var u1 = Vector512.Create(2f) - bits1.AsSingle(); // (0, 1]
        var u2 = bits2.AsSingle() - Vector512<float>.One; // [0, 1)
        var radius = Vector512.Sqrt(Vector512.Create(-2f) * FastMath.LogUnit(u1));
        var (sin, cos) = FastMath.SinCosTurn(u2);
        var (a, b) = Vector512.Widen(radius * cos);
        var (c, d) = Vector512.Widen(radius * sin);
        a.StoreUnsafe(ref into[0]);
        b.StoreUnsafe(ref into[8]);
        c.StoreUnsafe(ref into[16]);
        d.StoreUnsafe(ref into[24]);
    }

    /// <summary>Sixteen uniforms on [0, 1) with 23-bit resolution, two vectors of eight, for regime switches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NextUniforms16(Span<double> into)
    {
        var bits = Vector512.ShiftRightLogical(Next().AsUInt32(), 9) | Vector512.Create(0x3F800000u);
        var (a, b) = Vector512.Widen(bits.AsSingle() - Vector512<float>.One);
        a.StoreUnsafe(ref into[0]);
        b.StoreUnsafe(ref into[8]);
    }

    /// <summary>Two vectors of independent standard normals (Box-Muller, vectorised log, square root and sin-cos).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (Vector512<double> Z0, Vector512<double> Z1) NextNormals()
    {
        var u1 = Vector512.Create(2.0) - NextOneToTwo(); // (0, 1]: the logarithm stays finite
        var u2 = NextUniform();
        var radius = Vector512.Sqrt(Vector512.Create(-2.0) * Vector512.Log(u1));
        var (sin, cos) = Vector512.SinCos(u2 * Vector512.Create(2 * Math.PI));
        return (radius * cos, radius * sin);
    }
}
