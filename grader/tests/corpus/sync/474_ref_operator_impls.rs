use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    data: Vec<Vec<i64>>,
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, o: &Matrix) -> Matrix {
        let data = self.data.iter().zip(&o.data).map(|(r1, r2)| r1.iter().zip(r2).map(|(a, b)| a + b).collect()).collect();
        Matrix { data }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        let n = self.data.len();
        let m = o.data[0].len();
        let mut data = vec![vec![0; m]; n];
        for i in 0..n {
            for j in 0..m {
                for k in 0..o.data.len() {
                    data[i][j] += self.data[i][k] * o.data[k][j];
                }
            }
        }
        Matrix { data }
    }
}

impl Sub<i64> for Matrix {
    type Output = Matrix;
    fn sub(mut self, k: i64) -> Matrix {
        for row in self.data.iter_mut() {
            for x in row.iter_mut() {
                *x -= k;
            }
        }
        self
    }
}

fn main() {
    let a = Matrix { data: vec![vec![1, 2], vec![3, 4]] };
    let b = Matrix { data: vec![vec![0, 1], vec![1, 0]] };
    let c = &a + &b;
    let d = &a * &b;
    println!("{:?}", c);
    println!("{:?}", d);
    println!("{:?}", &(&a * &a) + &c);
    let e = c.clone() - 1;
    println!("{:?} {:?}", e, c);
    println!("{}", &a + &b == c);
    let id = Matrix { data: vec![vec![1, 0], vec![0, 1]] };
    println!("{}", &a * &id == a);
}
