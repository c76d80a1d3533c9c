use std::fmt::{self, Display};

struct Boxed<T>(T);

impl<T: Display> Display for Boxed<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

#[derive(Debug)]
struct Pair<A, B> {
    a: A,
    b: B,
}

impl<A: Display, B: Display> Display for Pair<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.a, self.b)
    }
}

impl<A: Clone, B: Clone> Pair<A, B> {
    fn swap(&self) -> Pair<B, A> {
        Pair { a: self.b.clone(), b: self.a.clone() }
    }
}

struct Table<T> {
    rows: Vec<(String, T)>,
}

impl<T: Display> Display for Table<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, (k, v)) in self.rows.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{:<6}|{:>6}", k, v)?;
        }
        Ok(())
    }
}

fn main() {
    println!("{}", Boxed(5));
    println!("{}", Boxed(Boxed("x")));
    println!("{}", Boxed(Pair { a: 1.5, b: 'c' }));
    let p = Pair { a: "left", b: 2u8 };
    println!("{} {:?}", p.swap(), p.swap());
    let t = Table { rows: vec![("a".to_string(), 1.25), ("bb".to_string(), 100.0)] };
    println!("{}", t);
    let t2 = Table { rows: vec![("n".to_string(), Boxed(3))] };
    println!("{}", t2);
    let s = format!("{:>10}|", Boxed(7));
    println!("{}", s);
}
