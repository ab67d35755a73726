using System.Globalization;

namespace Redev.Store;

/// <summary>
/// How instants and dates are written to the store: ISO-8601, UTC, fixed width, so that they sort
/// and compare as text alike on SQLite and PostgreSQL. The one definition for every table, the web
/// app's own included, so no two writers can disagree on the format.
/// </summary>
public static class StoreTime
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public static string Write(DateTimeOffset at) => at.ToUniversalTime().ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string WriteDate(DateOnly d) => d.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ReadDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
