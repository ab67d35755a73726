using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Redev.Holders;
using Redev.Ledger;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Building;

/// <summary>
/// The ledger movements of the building stage. Ids are derived from what they record (the deposit's bank
/// reference, the milestone's number), so a repeated or racing request replays instead of moving cash or
/// issuing units twice.
/// </summary>
public static class BuildingTransfers
{
    /// <summary>Who authorises the certification's movements in the journal.</summary>
    public const string CertifierAuthority = "@certifier";

    /// <summary>Who authorises deposits in the journal.</summary>
    public const string NotaryAuthority = "@notary";

    /// <summary>Cash arriving from outside into escrow: the developer's committed cost, recorded against the bank's reference.</summary>
    public static TransferRequest Deposit(SchemeId scheme, Cents amount, string bankReference) =>
        new(IdFor(scheme, "deposit", bankReference), scheme, AccountRef.CashIn, AccountRef.Escrow, amount.Value, TransferCode.Deposit,
            AuthorizedBy: NotaryAuthority,
            Metadata: JsonSerializer.Serialize(new { bankReference, from = LedgerHolders.Developer }));

    /// <summary>
    /// The linked batch of certifying milestone <paramref name="number"/>: its draw from escrow to the payee
    /// (outside the fund, so through <c>@cash-out</c> with the payee named) and, under equity, the developer's
    /// units for it. All of it is written, or none.
    /// </summary>
    public static IReadOnlyList<TransferRequest> Certify(SchemeId scheme, int number, string milestone, Cents draw, long developerUnits, string payee)
    {
        var metadata = JsonSerializer.Serialize(new { milestone = number, name = milestone, payee });
        var batch = new List<TransferRequest>(2);
        if (draw.Value > 0)
        {
            batch.Add(new TransferRequest(IdFor(scheme, "draw", number.ToString(System.Globalization.CultureInfo.InvariantCulture)), scheme,
                AccountRef.Escrow, AccountRef.CashOut, draw.Value, TransferCode.Draw, AuthorizedBy: CertifierAuthority, Metadata: metadata));
        }
        if (developerUnits > 0)
        {
            batch.Add(new TransferRequest(IdFor(scheme, "developer-units", number.ToString(System.Globalization.CultureInfo.InvariantCulture)), scheme,
                AccountRef.Issuance, new AccountRef(LedgerHolders.Developer, Asset.Units), developerUnits, TransferCode.Issue,
                AuthorizedBy: CertifierAuthority, Metadata: metadata));
        }
        return batch;
    }

    /// <summary>The transfer id of a building movement: the first 16 bytes of SHA-256 over what it records (docs/building.md).</summary>
    public static Guid IdFor(SchemeId scheme, string what, string key)
    {
        ArgumentNullException.ThrowIfNull(what);
        ArgumentNullException.ThrowIfNull(key);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"redev-building\n{scheme.Value}\n{what}\n{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
