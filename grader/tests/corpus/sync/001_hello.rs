fn main() {
    let name = "world";
    let count = 3;
    println!("Hello, {name}!");
    println!("{} + {} = {}", 2, 3, 2 + 3);
    println!("{0} {1} {0}", "ping", "pong");
    println!("{greeting}, {who}", greeting = "Hi", who = name);
    print!("no newline, ");
    print!("then {count} items");
    println!();
    println!("{{braces}} and {count:>4}|");
}
