fn main() {
    let width = 10;
    let name = "rust";
    println!("[{:>width$}]", name);
    println!("[{:<width$}]", name);
    println!("[{:^width$.2}]", name);
    println!("[{:>1$}]", name, 8);
    println!("[{:>w$}]", 7, w = 4);
    println!("[{name:>width$}]");
    println!("[{0:>1$}] [{0:<1$}]", "ab", 5);
    println!("[{:*^w$.p$}]", 3.14159, w = 12, p = 3);
    let rows = [("id", "name"), ("1", "ann"), ("22", "bartholomew")];
    let w0 = rows.iter().map(|r| r.0.len()).max().unwrap();
    let w1 = rows.iter().map(|r| r.1.len()).max().unwrap();
    for (a, b) in rows {
        println!("| {:>w0$} | {:<w1$} |", a, b);
    }
    println!("[{:>0$}]", 6);
    let fill_width = 3;
    println!("[{:0fill_width$}]", 7);
}
