using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Redev.Store.Accounts;

namespace Redev.Web.Accounts;

/// <summary>The outcome of a sign-in, with the user when it succeeded and the lock's end when locked.</summary>
public sealed record SignInAttempt(SignInOutcome Outcome, UserAccount? User, DateTimeOffset? LockedUntil);
