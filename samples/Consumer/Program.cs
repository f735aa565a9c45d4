// Scores a department's self-evaluation with the rule set shipped inside the PerfEval package.
// Usage: dotnet run -- path/to/input.json
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;

var rules = RuleSetCatalog.Shipped.Load("广东省阳江市阳西县", 2023).GetValueOrThrow();
var input = JsonInputReader.ReadFile(args[0]).GetValueOrThrow();
var card = rules.Score(input);

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine($"{card.Subject}: {card.Total} {card.Grade.Label}");
foreach (var move in card.WeightMoves)
{
    Console.WriteLine($"{move.From} → {move.To}: {move.Points}");
}

Console.Write(TextRenderer.Render(card));
