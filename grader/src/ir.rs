//! The lowered program: flat, register-based instructions per function.
//!
//! **Boundary:** nothing here mentions `syn`; names are resolved to slots,
//! function ids and type ids, and sugar (`for`, `?`, `if let`, macros) is gone.
//! Every instruction has a source position in the parallel `Function::pos`
//! table, so runtime errors can always point at a line.

use std::rc::Rc;

use crate::report::Pos;

/// A register in the current frame.
pub type Slot = u32;
/// Index into `Program::fns`.
pub type FnId = u32;
/// Index into `Program::types`.
pub type TypeId = u32;
/// Index into `Program::names` (interned method / field / builtin path names).
pub type Sym = u32;

/// Built-in type ids, always present at the start of `Program::types`.
pub const OPTION: TypeId = 0;
pub const RESULT: TypeId = 1;
pub const ORDERING: TypeId = 2;
pub const TUPLE: TypeId = 3;
pub const DURATION: TypeId = 4;
pub const INSTANT: TypeId = 5;
/// `std::cmp::Reverse(x)`: orders the other way round.
pub const REVERSE: TypeId = 6;
/// `std::task::Poll`: `Ready(T)` (variant 0) or `Pending` (1), as hand-written futures return it.
pub const POLL: TypeId = 7;
pub const N_BUILTIN_TYPES: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

impl IntTy {
    pub fn from_name(name: &str) -> Option<IntTy> {
        Some(match name {
            "i8" => IntTy::I8,
            "i16" => IntTy::I16,
            "i32" => IntTy::I32,
            "i64" => IntTy::I64,
            "i128" => IntTy::I128,
            "isize" => IntTy::Isize,
            "u8" => IntTy::U8,
            "u16" => IntTy::U16,
            "u32" => IntTy::U32,
            "u64" => IntTy::U64,
            "u128" => IntTy::U128,
            "usize" => IntTy::Usize,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            IntTy::I8 => "i8",
            IntTy::I16 => "i16",
            IntTy::I32 => "i32",
            IntTy::I64 => "i64",
            IntTy::I128 => "i128",
            IntTy::Isize => "isize",
            IntTy::U8 => "u8",
            IntTy::U16 => "u16",
            IntTy::U32 => "u32",
            IntTy::U64 => "u64",
            IntTy::U128 => "u128",
            IntTy::Usize => "usize",
        }
    }

    pub fn signed(self) -> bool {
        matches!(self, IntTy::I8 | IntTy::I16 | IntTy::I32 | IntTy::I64 | IntTy::I128 | IntTy::Isize)
    }

    pub fn bits(self) -> u32 {
        match self {
            IntTy::I8 | IntTy::U8 => 8,
            IntTy::I16 | IntTy::U16 => 16,
            IntTy::I32 | IntTy::U32 => 32,
            IntTy::I64 | IntTy::U64 | IntTy::Isize | IntTy::Usize => 64,
            IntTy::I128 | IntTy::U128 => 128,
        }
    }

    pub fn min(self) -> i128 {
        if self.signed() {
            if self.bits() == 128 {
                i128::MIN
            } else {
                -(1i128 << (self.bits() - 1))
            }
        } else {
            0
        }
    }

    /// Largest value as an i128; u128's is clamped to i128::MAX here (a u128 is stored as its bit pattern and computed on by `vm::ops::u128_binop` and `builtins::num::u128_method`).
    pub fn max(self) -> i128 {
        match self.bits() {
            128 => i128::MAX,
            b if self.signed() => (1i128 << (b - 1)) - 1,
            b => (1i128 << b) - 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FloatTy {
    F32,
    F64,
}

/// A constant in a function's pool.
#[derive(Debug, Clone)]
pub enum Const {
    Unit,
    Bool(bool),
    Int(i128, IntTy),
    Float(f64, FloatTy),
    Char(char),
    Str(Rc<str>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
}

/// What an `as` cast converts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CastTo {
    Int(IntTy),
    Float(FloatTy),
    Char,
    Bool,
}

/// Output stream of a print instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// One instruction. Slots are relative to the frame's base.
/// Argument lists live in consecutive slots starting at `args`.
#[derive(Debug, Clone)]
pub enum Instr {
    /// dst = constant pool entry.
    Const {
        dst: Slot,
        idx: u32,
    },
    /// dst = src, copying Copy aggregates (a read of a place).
    Copy {
        dst: Slot,
        src: Slot,
    },
    /// dst = src, sharing (a move of a temporary).
    Move {
        dst: Slot,
        src: Slot,
    },
    /// slot = a fresh cell holding Unit (a local that closures or `&mut` share).
    NewCell {
        slot: Slot,
    },
    /// dst = contents of the cell in `cell` (copying Copy aggregates).
    LoadCell {
        dst: Slot,
        cell: Slot,
    },
    /// cell's contents = src.
    StoreCell {
        cell: Slot,
        src: Slot,
    },
    Binary {
        op: BinOp,
        dst: Slot,
        a: Slot,
        b: Slot,
    },
    Unary {
        op: UnOp,
        dst: Slot,
        src: Slot,
    },
    Cast {
        dst: Slot,
        src: Slot,
        to: CastTo,
    },
    Jump {
        target: u32,
    },
    JumpIf {
        cond: Slot,
        target: u32,
    },
    JumpIfNot {
        cond: Slot,
        target: u32,
    },
    /// Call a user function.
    Call {
        dst: Slot,
        func: FnId,
        args: Slot,
        n: u32,
    },
    /// Call a closure or function value in `callee`.
    CallValue {
        dst: Slot,
        callee: Slot,
        args: Slot,
        n: u32,
    },
    /// Call method `name` on the receiver in `args` (dispatched at run time).
    CallMethod {
        dst: Slot,
        name: Sym,
        args: Slot,
        n: u32,
    },
    /// Call a built-in path such as `String::from`, `Vec::new`, `std::mem::swap`.
    CallPath {
        dst: Slot,
        path: Sym,
        args: Slot,
        n: u32,
    },
    Return {
        src: Slot,
    },
    /// dst = tuple / struct / enum variant of `n` fields starting at `args`.
    MakeObj {
        dst: Slot,
        ty: TypeId,
        variant: u32,
        args: Slot,
        n: u32,
    },
    /// dst = Vec of `n` elements starting at `args`.
    MakeVec {
        dst: Slot,
        args: Slot,
        n: u32,
    },
    /// dst = vec![value; count].
    VecRepeat {
        dst: Slot,
        value: Slot,
        count: Slot,
    },
    /// dst = a range value.
    MakeRange {
        dst: Slot,
        lo: Slot,
        hi: Slot,
        kind: RangeKind,
    },
    /// dst = closure over function `func` with `n` captured cells starting at `args`.
    MakeClosure {
        dst: Slot,
        func: FnId,
        args: Slot,
        n: u32,
    },
    /// dst = the function as a value.
    FnValue {
        dst: Slot,
        func: FnId,
    },
    /// dst = obj.idx (auto-deref), copying Copy aggregates.
    Field {
        dst: Slot,
        obj: Slot,
        idx: u32,
    },
    /// dst = obj.name, for fields whose index depends on the run-time type.
    FieldByName {
        dst: Slot,
        obj: Slot,
        name: Sym,
    },
    SetField {
        obj: Slot,
        idx: u32,
        src: Slot,
    },
    SetFieldByName {
        obj: Slot,
        name: Sym,
        src: Slot,
    },
    /// dst = obj[idx] (Vec, slice, String range, map key).
    Index {
        dst: Slot,
        obj: Slot,
        idx: Slot,
    },
    SetIndex {
        obj: Slot,
        idx: Slot,
        src: Slot,
    },
    /// dst = `&mut` reference to a place: a cell, a field, an element.
    RefCell {
        dst: Slot,
        cell: Slot,
    },
    RefField {
        dst: Slot,
        obj: Slot,
        idx: u32,
    },
    RefFieldByName {
        dst: Slot,
        obj: Slot,
        name: Sym,
    },
    RefIndex {
        dst: Slot,
        obj: Slot,
        idx: Slot,
    },
    /// dst = *src (identity for non-references), copying Copy aggregates.
    Deref {
        dst: Slot,
        src: Slot,
    },
    /// *dst = src: writes through a reference, or replaces an aggregate's contents.
    StoreDeref {
        dst: Slot,
        src: Slot,
    },
    /// dst = whether src is enum variant `variant` of type `ty`.
    IsVariant {
        dst: Slot,
        src: Slot,
        ty: TypeId,
        variant: u32,
    },
    /// dst = field `idx` of the variant/tuple/struct in src (no type check).
    ObjField {
        dst: Slot,
        src: Slot,
        idx: u32,
    },
    /// dst = reference to field `idx` of src (for `ref mut` bindings).
    ObjFieldRef {
        dst: Slot,
        src: Slot,
        idx: u32,
    },
    /// dst = len of a slice/Vec for slice patterns.
    Len {
        dst: Slot,
        src: Slot,
    },
    /// dst = whether lo <= src <= hi (or < hi).
    InRange {
        dst: Slot,
        src: Slot,
        lo: Slot,
        hi: Slot,
        inclusive: bool,
    },
    /// dst = an iterator over src (IntoIterator).
    IntoIter {
        dst: Slot,
        src: Slot,
    },
    /// Advance the iterator in `iter`: dst = next item, or jump to `done`.
    ForNext {
        dst: Slot,
        iter: Slot,
        done: u32,
    },
    /// dst = String formatted by format table entry `fmt` with `n` args at `args`.
    Format {
        dst: Slot,
        fmt: u32,
        args: Slot,
        n: u32,
    },
    /// Print formatted text.
    Print {
        fmt: u32,
        args: Slot,
        n: u32,
        stream: Stream,
    },
    /// Panic with the String/&str message in `msg`.
    Panic {
        msg: Slot,
    },
    /// `?`: if src is `None`/`Err(e)`, return it (converting `Err` with From); else dst = inner value.
    /// `err_into`: the error type of the function's return type, for `From` conversion.
    Try {
        dst: Slot,
        src: Slot,
        err_into: Option<TypeId>,
    },
    /// dst = value of static/const `idx` (evaluated lazily once).
    Global {
        dst: Slot,
        idx: u32,
    },
    /// `let g = cell.borrow_mut();`: the RefCell behind `slot` stays borrowed until `Unguard` (block end), `drop(g)` or return.
    Guard {
        slot: Slot,
        mutable: bool,
    },
    Unguard {
        slot: Slot,
    },
    /// Give an integer in `slot` the declared type `ty` (an unsuffixed literal
    /// typed `i32` by default flowed into a `u64` parameter, say). No conversion.
    Retype {
        slot: Slot,
        ty: IntTy,
    },
    /// dst = a std function or method named by path, as a value (`.map(char::is_alphabetic)`).
    PathFn {
        dst: Slot,
        path: Sym,
    },
    /// dst = element `idx` of src for slice patterns: a reference when src is one.
    ElemOf {
        dst: Slot,
        src: Slot,
        idx: Slot,
    },
    /// dst = a lazy future: calling `callee` (an async body as a closure or fn value) with `n` args at `args`, when first polled.
    MakeFuture {
        dst: Slot,
        callee: Slot,
        args: Slot,
        n: u32,
    },
    /// dst = output of the future in src; suspends the fiber (re-running this instruction on resume) while it is pending.
    Await {
        dst: Slot,
        src: Slot,
    },
    /// A by-value use moved the local in `slot` (a call argument, a `move` capture): if it holds a
    /// runtime handle whose drop matters (a channel sender, a lock guard), the slot forgets it,
    /// so the handle is dropped when its new owner is. Other values are left alone.
    /// `owned`: the slot is a local bound by `let x = ..` or a by-value parameter, so in a program
    /// with `impl Drop` a value that needs dropping is forgotten too (its new owner drops it).
    MoveOut {
        slot: Slot,
        owned: bool,
    },
    /// Before the local in `of` is moved: the reference local in `slot` (references are erased, so
    /// it holds the same value) is dead once its referent moves (the borrow checker allows no later
    /// use), so if it holds that very handle it forgets it, and the move really drops it.
    ForgetAlias {
        slot: Slot,
        of: Slot,
    },
    /// A by-value use moved field `idx` (or the field named `name`, when `idx` is `u32::MAX`) out of
    /// the struct or tuple in `obj` (`drop(self.tx)`, `let tx = h.tx;`, `let S { tx, .. } = s;`): as
    /// `MoveOut` does for a local, the field forgets a runtime handle whose drop matters (and, in a
    /// program with `impl Drop`, a value that needs dropping), so its new owner drops it. Rust allows
    /// no use of a moved field before it is assigned again; other fields are left alone.
    MoveOutField {
        obj: Slot,
        idx: u32,
        name: Sym,
    },
    /// Temporaries `from..from+n` are dead (end of a statement, a block, a loop iteration):
    /// forget their values, highest slot first (Rust drops in reverse declaration order).
    ClearSlots {
        from: Slot,
        n: u32,
    },
    /// The lowering found something wrong here; stop with this message (never reached in a program that passed lowering).
    Unreachable {
        msg: u32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeKind {
    /// a..b
    HalfOpen,
    /// a..=b
    Inclusive,
    /// a..
    From,
    /// ..b
    To,
    /// ..=b
    ToInclusive,
    /// ..
    Full,
}

/// A compiled function (or closure body, or const initializer).
#[derive(Debug, Clone, Default)]
pub struct Function {
    pub name: String,
    /// Parameters occupy slots `0..n_params`; closures get captured cells next.
    pub n_params: u32,
    pub n_captures: u32,
    pub n_slots: u32,
    pub code: Vec<Instr>,
    /// Source position of each instruction (parallel to `code`).
    pub pos: Vec<Pos>,
    pub consts: Vec<Const>,
}

/// A format string, pre-parsed at lowering time.
#[derive(Debug, Clone)]
pub struct FormatSpec {
    pub pieces: Vec<crate::fmt::Piece>,
    /// Placeholder argument names resolved to argument indices (`{x}` → its slot index).
    pub named: Vec<(String, usize)>,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct { fields: Vec<String>, tuple_like: bool },
    Enum { variants: Vec<Variant> },
    Builtin,
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub name: String,
    pub fields: Vec<String>,
    pub tuple_like: bool,
    /// The discriminant for `as` casts.
    pub discriminant: i128,
}

/// Which traits a type derives (used by clone, ==, <, Debug, Copy reads).
#[derive(Debug, Clone, Default)]
pub struct Derives {
    pub debug: bool,
    pub clone: bool,
    pub copy: bool,
    pub partial_eq: bool,
    pub partial_ord: bool,
    pub default: bool,
    pub hash: bool,
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    pub kind: TypeKind,
    pub derives: Derives,
    /// Field type names as `Default::default()` needs them (`i32`, `String`, `Vec`, a user type).
    pub field_hints: Vec<String>,
    /// The `#[default]` variant of a `#[derive(Default)]` enum.
    pub default_variant: Option<u32>,
}

/// A whole lowered program.
#[derive(Debug, Clone, Default)]
pub struct Program {
    pub fns: Vec<Function>,
    pub types: Vec<TypeDef>,
    /// Interned names: methods, fields, built-in paths.
    pub names: Vec<String>,
    pub formats: Vec<FormatSpec>,
    /// Messages for `Instr::Unreachable`.
    pub messages: Vec<String>,
    /// Initializers of consts and statics: a zero-argument function each.
    pub globals: Vec<FnId>,
    /// `(type key, method name) -> function` for run-time method dispatch.
    pub methods: crate::vec_map::VecMap<(TypeKey, Sym), FnId>,
    /// User `impl Display/Debug/...` per type: (type key, trait) -> fmt function.
    pub fmt_impls: crate::vec_map::VecMap<(TypeKey, crate::fmt::FmtTrait), FnId>,
    /// `impl From<Source> for Target`: (target type, source type key) -> `from` function.
    pub from_impls: crate::vec_map::VecMap<(TypeId, TypeKey), FnId>,
    /// `impl TryFrom<Source> for Target`: (target type, source type key) -> `try_from` function.
    pub try_from_impls: crate::vec_map::VecMap<(TypeId, TypeKey), FnId>,
    /// Operator impls by right-hand type too (`impl PartialEq<Feet> for Meters`, `impl Mul<f64> for V`).
    pub methods_by_arg: crate::vec_map::VecMap<(TypeKey, Sym, TypeKey), FnId>,
    /// Names of operator methods (`add`, `eq`, `partial_cmp`, `neg`...) that some user impl defines.
    pub operator_syms: crate::vec_map::VecMap<String, Sym>,
    pub main: Option<FnId>,
    /// User `impl Drop`: type -> its `drop(&mut self)`.
    pub drop_impls: crate::vec_map::VecMap<TypeId, FnId>,
    /// The program looks at `Rc`/`Arc` counts or `Weak`s: handles must die where Rust drops them.
    pub counts: bool,
    /// `#[test]` / `#[tokio::test]` functions, in source order.
    pub tests: Vec<TestFn>,
}

/// A test function, as `cargo test` names it (`tests::doubles_each_retry`).
#[derive(Debug, Clone)]
pub struct TestFn {
    pub name: String,
    pub func: FnId,
    /// `#[should_panic]`, with its `expected = "..."` text if any.
    pub should_panic: Option<Option<String>>,
    /// `#[ignore]`: listed but not run, as `cargo test` does by default.
    pub ignored: bool,
}

/// The run-time type a method is dispatched on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeKey {
    Adt(TypeId),
    Int(IntTy),
    Float(FloatTy),
    Bool,
    Char,
    Str,
    String,
    Vec,
    Unit,
    Map,
    Set,
    Closure,
    /// Blanket impls (`impl<T: Bound> Trait for T`).
    Any,
}

impl Program {
    pub fn name(&self, sym: Sym) -> &str {
        self.names.get(sym as usize).map(String::as_str).unwrap_or("?")
    }
}
