use std::fmt::Write;

fn table(rows: &[(&str, u32, f64)]) -> String {
    let mut out = String::new();
    writeln!(out, "{:<8}|{:>5}|{:>8}", "item", "qty", "price").unwrap();
    writeln!(out, "{}", "-".repeat(23)).unwrap();
    for (name, qty, price) in rows {
        writeln!(out, "{:<8}|{:>5}|{:>8.2}", name, qty, price).unwrap();
    }
    let total: f64 = rows.iter().map(|(_, q, p)| *q as f64 * p).sum();
    write!(out, "total: {total:.2}").unwrap();
    out
}

fn main() {
    let rows = [("apple", 3, 0.5), ("melon", 1, 2.75), ("fig", 12, 0.2)];
    println!("{}", table(&rows));
    let mut csv = String::new();
    for (i, (name, qty, _)) in rows.iter().enumerate() {
        if i > 0 {
            csv.push(';');
        }
        write!(&mut csv, "{name}={qty}").unwrap();
    }
    println!("{csv}");
    let words = vec!["a", "bb", "ccc"];
    let s = format!("{}|{}", words.join("+"), words.concat());
    println!("{s}");
}
