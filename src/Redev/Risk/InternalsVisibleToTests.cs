using System.Runtime.CompilerServices;

// The vectorised maths and the kernel are internal; their accuracy is checked directly by tests.
[assembly: InternalsVisibleTo("Redev.Tests")]
