#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize, data: Vec<f64>) -> Self {
        assert_eq!(data.len(), rows * cols);
        Matrix { rows, cols, data }
    }
    fn identity(n: usize) -> Self {
        let mut data = vec![0.0; n * n];
        for i in 0..n {
            data[i * n + i] = 1.0;
        }
        Matrix::new(n, n, data)
    }
    fn get(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }
    fn mul(&self, other: &Matrix) -> Option<Matrix> {
        if self.cols != other.rows {
            return None;
        }
        let mut data = Vec::with_capacity(self.rows * other.cols);
        for r in 0..self.rows {
            for c in 0..other.cols {
                data.push((0..self.cols).map(|k| self.get(r, k) * other.get(k, c)).sum());
            }
        }
        Some(Matrix::new(self.rows, other.cols, data))
    }
    fn transpose(&self) -> Matrix {
        let mut data = Vec::new();
        for c in 0..self.cols {
            for r in 0..self.rows {
                data.push(self.get(r, c));
            }
        }
        Matrix::new(self.cols, self.rows, data)
    }
    fn show(&self) {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:6.2}", self.get(r, c))).collect();
            println!("[{}]", row.join(" "));
        }
    }
}

fn main() {
    let a = Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = a.transpose();
    a.show();
    b.show();
    a.mul(&b).unwrap().show();
    println!("{:?}", a.mul(&a).map(|m| m.rows));
    println!("{}", Matrix::identity(2).mul(&a).unwrap() == a);
    let rot = Matrix::new(2, 2, vec![0.0, -1.0, 1.0, 0.0]);
    rot.mul(&rot).unwrap().show();
}
