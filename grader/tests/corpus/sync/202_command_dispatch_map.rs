use std::collections::HashMap;

type Handler = fn(&[&str]) -> Result<String, String>;

fn add(args: &[&str]) -> Result<String, String> {
    let nums: Result<Vec<i64>, _> = args.iter().map(|a| a.parse::<i64>()).collect();
    nums.map(|v| v.iter().sum::<i64>().to_string()).map_err(|e| format!("add: {e}"))
}

fn echo(args: &[&str]) -> Result<String, String> {
    Ok(args.join(" "))
}

fn upper(args: &[&str]) -> Result<String, String> {
    if args.is_empty() {
        return Err("upper: nothing to shout".into());
    }
    Ok(args.iter().map(|a| a.to_uppercase()).collect::<Vec<_>>().join(" "))
}

fn main() {
    let mut commands: HashMap<&str, Handler> = HashMap::new();
    commands.insert("add", add);
    commands.insert("echo", echo);
    commands.insert("upper", upper);
    let script = ["add 1 2 39", "echo hello   world", "upper", "upper quiet please", "mul 2 3", "add 1 x"];
    for line in script {
        let mut parts = line.split_whitespace();
        let name = parts.next().unwrap_or("");
        let args: Vec<&str> = parts.collect();
        let out = match commands.get(name) {
            Some(handler) => handler(&args),
            None => Err(format!("unknown command {name:?}")),
        };
        match out {
            Ok(s) => println!("> {line}\n{s}"),
            Err(e) => println!("> {line}\nerror: {e}"),
        }
    }
    let mut names: Vec<_> = commands.keys().collect();
    names.sort();
    println!("commands: {names:?}");
}
