namespace Redev.Web.Hosting;

/// <summary>The web app's log messages, generated once so that logging costs nothing when it is off.</summary>
public static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Refused: {User} ({Role}) may not {What}")]
    public static partial void Refused(this ILogger log, string user, string? role, string what);

    [LoggerMessage(2, LogLevel.Warning, "Sign-in refused for {UserName}: {Reason}")]
    public static partial void SignInRefused(this ILogger log, string userName, string reason);

    [LoggerMessage(3, LogLevel.Information, "Notary {Notary} linked account {User} to owner \"{Owner}\" of scheme {Scheme} (audit record #{AuditSeq})")]
    public static partial void OwnerLinked(this ILogger log, string notary, string user, string owner, string scheme, long auditSeq);

    [LoggerMessage(4, LogLevel.Information, "Seeded the demo schemes in {Store}")]
    public static partial void Seeded(this ILogger log, string store);
}
