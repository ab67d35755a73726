using System.Globalization;

namespace Redev.Load;

/// <summary>What to hammer and for how long; every value has a default that fits the demo started by <c>dotnet run --project src/Redev.Web</c>.</summary>
internal sealed record LoadOptions(
    Uri Url, int Clients, TimeSpan Duration, string Scheme, string From, string To,
    string Owner, string OwnerPassword, string Notary, string NotaryPassword, string? Db)
{
    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions(new Uri("http://127.0.0.1:5080"), 200, TimeSpan.FromSeconds(60), "demo-tkt", "CHAN Tai Man", "WONG Yuk Lan",
            "chan", "chan-demo-2026", "notary", "notary-demo-2026", null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            o = args[i] switch
            {
                "--url" => o with { Url = new Uri(value) },
                "--clients" => o with { Clients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => o with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--scheme" => o with { Scheme = value },
                "--from" => o with { From = value },
                "--to" => o with { To = value },
                "--owner" => o with { Owner = value },
                "--owner-password" => o with { OwnerPassword = value },
                "--notary" => o with { Notary = value },
                "--notary-password" => o with { NotaryPassword = value },
                "--db" => o with { Db = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; see docs/web.md."),
            };
            i++;
        }
        return o;
    }
}
