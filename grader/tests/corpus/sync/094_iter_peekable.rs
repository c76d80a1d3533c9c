#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Op(char),
    Ident(String),
}

fn tokenize(src: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(&d) = chars.peek() {
                if let Some(v) = d.to_digit(10) {
                    n = n * 10 + v as i64;
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Token::Num(n));
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(ch) = chars.next_if(|ch| ch.is_alphanumeric()) {
                s.push(ch);
            }
            out.push(Token::Ident(s));
        } else if c.is_whitespace() {
            chars.next();
        } else {
            out.push(Token::Op(c));
            chars.next();
        }
    }
    out
}

fn main() {
    println!("{:?}", tokenize("12 + x1*(340 - y)"));
    let mut it = [1, 1, 2, 3, 3, 3].iter().peekable();
    let mut runs = Vec::new();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while it.next_if_eq(&&x).is_some() {
            n += 1;
        }
        runs.push((x, n));
    }
    println!("{runs:?}");
    let mut p = [5].iter().peekable();
    let first_peek = p.peek().copied();
    let next = p.next();
    println!("{:?} {:?} {:?}", first_peek, next, p.peek());
}
