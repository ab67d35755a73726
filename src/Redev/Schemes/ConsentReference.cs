using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Redev.Schemes;

/// <summary>
/// The reference number printed on a consent acknowledgement. It is a hash of what the slip says, so anyone
/// holding the slip can recompute it without access to Redev (docs/consent.md gives the bytes and a test vector);
/// it proves the slip was not retyped with other values, not that the act happened (the scheme's record does that).
/// </summary>
public static class ConsentReference
{
    /// <summary>The action word for a consent given.</summary>
    public const string Give = "give";

    /// <summary>The action word for a consent withdrawn.</summary>
    public const string Withdraw = "withdraw";

    /// <summary>The first line of the hashed text, naming what the hash is of and its version (docs/consent.md).</summary>
    public const string Label = "redev-consent-v1";

    /// <summary>
    /// The first 12 lower-case hex digits of SHA-256 over the UTF-8 bytes of
    /// <c>"redev-consent-v1\n{scheme}\n{owner}\n{action}\n{time}"</c>, where time is <see cref="Time"/> of <paramref name="at"/>.
    /// </summary>
    public static string Compute(string scheme, string owner, string action, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(action);
        var text = Label + "\n" + scheme + "\n" + owner + "\n" + action + "\n" + Time(at);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>The time as hashed and printed: UTC, whole seconds, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
