use std::fmt;

struct Tag(String);
impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

struct Padded(String);
impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&self.0)
    }
}

struct Money(i64);
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("${}.{:02}", self.0 / 100, self.0 % 100);
        f.pad(&s)
    }
}

struct Point {
    x: i32,
    y: i32,
}
impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Point(x={}, y={})", self.x, self.y)
        } else {
            write!(f, "({}, {})", self.x, self.y)
        }
    }
}

struct Wrapper(f64);
impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "W[{:.*}]", p, self.0)
        } else {
            write!(f, "W[{}]", self.0)
        }
    }
}

struct Inner(u32);
impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

fn main() {
    let t = Tag("rust".into());
    println!("[{:>10}]", t);
    println!("[{:<10}]", t);
    println!("[{:*^10}]", t);
    let p = Padded("rust".into());
    println!("[{:>10}]", p);
    println!("[{:-<8}]", p);
    println!("[{:^9}]", p);
    println!("[{:.2}]", p);
    for m in [Money(12345), Money(7), Money(100000)] {
        println!("|{:>12}|{:<12}|", m, m);
    }
    let pt = Point { x: 3, y: -4 };
    println!("{} {:#} [{:>20}]", pt, pt, pt);
    let w = Wrapper(3.14159);
    println!("{} {:.2} {:8.1}", w, w, w);
    let i = Inner(42);
    println!("[{:>6}] [{:<6}] [{:06}] [{:+}]", i, i, i, i);
    let s = format!("{:>8}", t.to_string());
    println!("[{}]", s);
    let width = 7;
    println!("[{:>width$}] [{:>1$}]", p, width);
}
