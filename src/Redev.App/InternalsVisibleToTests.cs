using System.Runtime.CompilerServices;

// Tests look behind the use cases (the raw store, to count rows or verify the journal) to check what they did.
[assembly: InternalsVisibleTo("Redev.App.Tests")]
[assembly: InternalsVisibleTo("Redev.Web.Tests")]
[assembly: InternalsVisibleTo("Redev.Cli.Tests")]
