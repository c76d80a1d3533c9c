#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

impl List {
    fn sum(&self) -> i32 {
        match self {
            Cons(v, rest) => v + rest.sum(),
            Nil => 0,
        }
    }
    fn push_front(self, v: i32) -> List {
        Cons(v, Box::new(self))
    }
}

#[derive(Debug)]
enum Expr {
    Num(f64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: &Expr) -> f64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Nil)))).push_front(0);
    println!("{:?}", list);
    println!("sum {}", list.sum());
    let e = Expr::Add(Box::new(Expr::Num(2.0)), Box::new(Expr::Mul(Box::new(Expr::Num(3.0)), Box::new(Expr::Neg(Box::new(Expr::Num(1.5)))))));
    println!("{:?} = {}", e, eval(&e));
    let b = Box::new(41);
    let n = *b + 1;
    println!("{n} {}", b);
    let boxed_str: Box<str> = "boxed".into();
    println!("{boxed_str} {}", boxed_str.len());
}
