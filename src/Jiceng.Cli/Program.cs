using System.CommandLine;
using System.Text;
using Jiceng.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("jiceng — 基层干部激励关爱管理系统的命令行工具 (the Jiceng command-line tool)");
root.Options.Add(CliDatabase.ProviderOption);
root.Options.Add(CliDatabase.ConnectionOption);
root.Options.Add(CliDatabase.KeyFileOption);
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(DbCommands.Create());
root.Subcommands.Add(KeysCommands.Create());
root.Subcommands.Add(DemoCommands.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(LrmxCommands.Create());
root.Subcommands.Add(IdCommands.Create());
root.Subcommands.Add(PolicyCommands.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(AuditCommands.Create());
root.Subcommands.Add(UsersCommands.Create());
root.Subcommands.Add(CalcCommand.Create());
return await CliRunner.RunAsync(root.Parse(args));
