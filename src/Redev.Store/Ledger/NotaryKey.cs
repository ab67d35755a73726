using System.Security.Cryptography;

namespace Redev.Store.Ledger;

/// <summary>
/// The notary's signing key: an ECDSA P-256 key in a PEM file outside the database, so that whoever
/// can edit the database still cannot sign a checkpoint. Created on first use, readable only by its owner.
/// </summary>
public static class NotaryKey
{
    /// <summary>Environment variable that names the key file.</summary>
    public const string EnvironmentVariable = "REDEV_NOTARY_KEY";

    /// <summary>
    /// Where the key lives when nobody says: next to a SQLite file (so a demo store carries its own
    /// notary), else in the user's configuration folder.
    /// </summary>
    public static string DefaultPath(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return configured;
        }
        return location.Kind == StoreKind.Sqlite
            ? Path.GetFullPath(location.Target) + ".notary-key.pem"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "redev", "notary-key.pem");
    }

    public static ECDsa LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var key = ECDsa.Create();
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
            return key;
        }
        key.GenerateKey(ECCurve.NamedCurves.nistP256);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(dir))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(dir);
            }
            else
            {
                Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var file = new FileStream(path, options))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }
        return key;
    }

    public static string PublicPem(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.ExportSubjectPublicKeyInfoPem();
    }

    /// <summary>
    /// A public key from PEM text, or null when the text is not one: stored keys may have been
    /// edited and a key file given by a user may be anything, and both must become a named problem,
    /// not an exception. The caller disposes the key.
    /// </summary>
    public static ECDsa? TryImportPublic(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            return key;
        }
        catch (ArgumentException)
        {
            key.Dispose();
            return null;
        }
    }
}
