fn main() {
    println!("[{:*<8}]", "left");
    println!("[{:->8}]", "right");
    println!("[{:=^9}]", "mid");
    println!("[{:0>5}]", 42);
    println!("[{:05}]", 42);
    println!("[{:05}]", -42);
    println!("[{:+}] [{:+}] [{:+}]", 5, -5, 0);
    println!("[{:+.1}]", 2.25);
    println!("[{:+08.2}]", 3.14159);
    println!("[{:08.3}]", -1.5);
    println!("[{:+05}]", 7);
    println!("[{:#>6}]", 1);
    println!("[{:_^+9}]", 12);
    println!("[{:🦀^7}]", "x");
    println!("[{:>+6}]", 3);
    println!("[{:<05}]", 9);
    println!("[{:^05}]", 9);
    println!("[{:+}]", f64::INFINITY);
    println!("[{:+}]", -0.0f64);
    println!("[{:08}]", f64::NAN);
}
