namespace Redev.Web.Schemes;

public sealed record TermsDto(string Policy, string IssuePriceHkd, string Weights, string OwnersBaseHkd, string DeveloperValueHkd);
