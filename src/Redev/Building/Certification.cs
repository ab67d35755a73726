using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Building;

/// <summary>
/// The certifier's sign-off of one milestone: the documents it rests on (SHA-256 hashes, so the record
/// proves which papers were seen without holding them), the cash it released from escrow to the payee
/// and the developer's units it issued.
/// </summary>
/// <param name="Number">1-based place of the milestone in the schedule.</param>
public sealed record Certification(
    SchemeId Scheme, int Number, string Name, DateTimeOffset CertifiedAt, string CertifiedBy,
    IReadOnlyList<string> Evidence, string Payee, Cents Draw, long DeveloperUnits)
{
    /// <summary>The Hong Kong date of the certification, against which the schedule is read.</summary>
    public DateOnly CertifiedOn => Schemes.Scheme.HongKongDate(CertifiedAt);
}
