namespace Redev.Statements;

/// <summary>The two languages a statement is written in (docs/glossary.md gives the Chinese words).</summary>
public enum StatementLanguage
{
    English,
    TraditionalChinese,
}
