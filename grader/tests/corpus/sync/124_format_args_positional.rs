fn main() {
    let a = 1;
    let b = "two";
    println!("{} {} {}", a, b, a + 2);
    println!("{1} {0} {1}", a, b);
    println!("{0}{0}{0}", "ab");
    println!("{x} {y} {x}", x = 'x', y = 5.5);
    println!("{a} {b} {}", a * 10);
    println!("{} {x} {}", 1, 2, x = 3);
    println!("{0:?} {0}", "both");
    let v = vec![1, 2];
    println!("{v:?} {len}", len = v.len());
    let s = format!("{}-{}", "a", format!("{}{}", 'b', 'c'));
    println!("{s}");
    println!("{:?}", format!("{:>3}", 1));
    let width = 6;
    let msg = format!("{:^width$}|{b:>width$}", a);
    println!("{msg}");
    println!("{}", format_args!("{} {}", 1, 2));
    eprintln!("to stderr: {}", a + 1);
    eprint!("no newline on stderr");
    eprintln!();
    print!("{}", format!("{}\n", "trailing newline via print!"));
    println!("{}", concat!("con", "cat", 1, true));
    println!("{}", stringify!(a + b * 2));
}
