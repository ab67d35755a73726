using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Redev.Web.Accounts;

/// <summary>What happened to a sign-in attempt.</summary>
public enum SignInOutcome
{
    SignedIn,
    WrongNameOrPassword,
    LockedOut,
}
