using System.Text;
using FrenchNewsNer.Sample;
using FrenchNewsNer.Sample.Input;

// French text: make sure a Windows console gets UTF-8 too.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Cli.Run(args, ConsoleIO.FromProcess());
