use std::fmt;
use std::ops::{Deref, DerefMut};

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}m", self.0)
    }
}

struct Stack {
    inner: Vec<i32>,
}

impl Deref for Stack {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.inner
    }
}
impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.inner
    }
}

fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase()
}

fn describe<T: ToString>(items: &[T]) -> String {
    items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(" | ")
}

fn main() {
    let m = Meters(2.5);
    let s = m.to_string();
    println!("{} {} {}", s, s.len(), format!("[{:>8}]", m.to_string()));
    println!("{}", describe(&[Meters(1.0), Meters(0.5)]));
    println!("{}", describe(&[1, 2, 3]));
    println!("{} {}", shout("hi"), shout(String::from("there")));
    let mut st = Stack { inner: vec![3, 1, 2] };
    st.push(10);
    st.sort();
    println!("{:?} {} {:?}", *st, st.len(), st.iter().max());
    println!("{}", st.contains(&10));
    let total: i32 = st.iter().sum();
    println!("{}", total);
}
