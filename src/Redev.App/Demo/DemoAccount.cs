namespace Redev.App.Demo;

/// <summary>One demo sign-in; <paramref name="Owner"/> is the register owner the notary links its holder to.</summary>
/// <param name="HolderId">The holder the demo registers for this sign-in (owners and investors), or null.</param>
public sealed record DemoAccount(string UserName, string DisplayName, Role Role, string Password, string? Owner = null, string? HolderId = null, string? NameChinese = null);
