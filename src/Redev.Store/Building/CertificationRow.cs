using Redev.Building;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Store.Building;

internal sealed class CertificationRow
{
    public string SchemeId { get; set; } = "";
    public long Milestone { get; set; }
    public string Name { get; set; } = "";
    public string CertifiedAt { get; set; } = "";
    public string CertifiedBy { get; set; } = "";
    public string Evidence { get; set; } = "";
    public string Payee { get; set; } = "";
    public long DrawCents { get; set; }
    public long DeveloperUnits { get; set; }

    public Certification ToCertification() => new(Redev.Schemes.SchemeId.Parse(SchemeId), (int)Milestone, Name, StoreTime.Read(CertifiedAt), CertifiedBy,
        Evidence.Split(',', StringSplitOptions.RemoveEmptyEntries), Payee, new Cents(DrawCents), DeveloperUnits);
}
