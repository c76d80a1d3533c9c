use std::fmt;

struct Tag(&'static str);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.0)
    }
}

struct Padded(&'static str);

impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Forward(f64);

impl fmt::Display for Forward {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

struct Inspect;

impl fmt::Display for Inspect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "width={:?} precision={:?} alternate={} plus={}", f.width(), f.precision(), f.alternate(), f.sign_plus())
    }
}

fn main() {
    println!("[{:>10}]", Tag("b"));
    println!("[{:>10}]", Padded("b"));
    println!("[{:^9.2}]", Padded("abcdef"));
    println!("[{:>10.2}]", Forward(3.14159));
    println!("[{:+}]", Forward(1.0));
    println!("{}", Inspect);
    println!("{:>7.3}", Inspect);
    println!("{:#}", Inspect);
    println!("{:+}", Inspect);
    println!("[{:>8}]", Tag("x").to_string());
}
