fn process(line: &str) -> Result<i32, String> {
    line.trim().parse::<i32>().map_err(|e| format!("skip {line:?}: {e}"))
}

fn main() {
    let lines = ["4", "x", " 5 ", "", "-2"];
    let mut total = 0;
    for line in lines {
        match process(line) {
            Ok(n) => {
                total += n;
                println!("added {n}");
            }
            Err(e) => eprintln!("warning: {e}"),
        }
    }
    println!("total {total}");
    eprint!("done");
    eprintln!(" ({} lines)", lines.len());
}
