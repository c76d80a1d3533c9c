fn main() {
    println!("[{:5}]", 42);
    println!("[{:5}]", "ab");
    println!("[{:<5}] [{:^5}] [{:>5}]", 1, 2, 3);
    println!("[{:<5}] [{:^5}] [{:>5}]", "l", "c", "r");
    println!("[{:^6}]", "odd");
    println!("[{:^7}]", "even");
    println!("[{:2}]", "longer than width");
    println!("[{:>8}]", 3.5);
    println!("[{:<8?}]", Some(1));
    println!("[{:>10?}]", "dbg");
    println!("[{:5}]", true);
    println!("[{:>5}]", 'x');
    println!("[{:^9}]", -12);
    let items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)];
    println!("{:<12}{:>8}{:>5}", "name", "price", "qty");
    for (name, price, qty) in items {
        println!("{:<12}{:>8.2}{:>5}", name, price, qty);
    }
    println!("[{:5}]", "日本");
    println!("[{:<4}]", "é");
}
