use std::fmt::{self, Write};

struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, row) in self.rows.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "|")?;
            for v in row {
                write!(f, "{:>4}", v)?;
            }
            write!(f, " |")?;
        }
        Ok(())
    }
}

struct Money(i64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let s = format!("{sign}${}.{:02}", self.0.abs() / 100, self.0.abs() % 100);
        f.pad(&s)
    }
}

fn main() {
    let m = Matrix { rows: vec![vec![1, -20, 300], vec![4, 5, 6]] };
    println!("{m}");
    let mut out = String::new();
    writeln!(out, "first").unwrap();
    write!(out, "{}-{}", 1, 2).unwrap();
    writeln!(&mut out).unwrap();
    out.write_str("plain").unwrap();
    out.write_char('!').unwrap();
    println!("{out}");
    println!("[{}] [{:>10}] [{:<10}]", Money(1234), Money(-5), Money(99999));
    let s = format!("{m}");
    println!("{} lines", s.lines().count());
}
