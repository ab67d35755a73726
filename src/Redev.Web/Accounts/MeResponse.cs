using Redev.App;

namespace Redev.Web.Accounts;

/// <summary>Who the caller is, and the register owners they act for in each scheme.</summary>
public sealed record MeResponse(string UserName, string DisplayName, string Role);
